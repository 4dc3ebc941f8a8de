package dev.kiln.build.image.monitor;

import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.FieldReference;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.CastInstruction;
import org.teavm.model.instructions.ExitInstruction;
import org.teavm.model.instructions.GetFieldInstruction;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.NullConstantInstruction;
import org.teavm.model.instructions.PutFieldInstruction;

/**
 * Moves the monitors of TeaVM's {@code java.lang.Object} out of the object header into
 * {@link MonitorTable}, so that a garbage collection while a lock is held leaves the lock intact.
 *
 * <p><b>The bug.</b> TeaVM 0.16.0's class library keeps each object's monitor in the field
 * {@code Object.monitor}. Its C backend gives that field no slot: it packs the monitor's heap
 * offset into the header word that otherwise holds the identity hash code. The garbage collector
 * knows nothing of that word. A monitor referenced only from there is not marked, so a collection
 * frees it; and when the collector compacts the heap it moves a monitor that is referenced from
 * anywhere else (a suspended fiber's saved frame, say) without updating the header. Either way the
 * next {@code synchronized} block reads garbage: an {@code IllegalMonitorStateException} from
 * Dagger's {@code DoubleCheck}, or a crash in {@code Object.isEmptyMonitor}.
 *
 * <p><b>The fix.</b> This transformer rewrites every read of {@code Object.monitor} inside
 * {@code java.lang.Object} into {@link MonitorTable#get} and every write into
 * {@link MonitorTable#put}; {@code deleteMonitor}, which on TeaVM's low-level targets releases a
 * monitor by writing the identity hash back over the packed pointer, also removes the table entry.
 * The header then always holds the identity hash, and the monitors are ordinary Java objects
 * reachable from a static array, which the collector marks and relocates like any other.
 *
 * <p><b>Why this design.</b> TeaVM's monitor algorithm (ownership, reentry counts, the queue of
 * entering green threads, wait/notify listeners with timeouts and interrupts, all scheduled on its
 * event queue) stays exactly as TeaVM wrote and tested it; only where the monitor is stored
 * changes. Replacing the algorithm with Kiln's own would mean re-creating its suspension and
 * interrupt handling against classlib internals. Keeping the packed pointer and instead pinning
 * each monitor (keeping it on the shadow stack while locked) cannot work: a fiber that suspends
 * inside a {@code synchronized} block saves its frame to a heap array, and objects referenced only
 * from the heap are relocated. Giving the field a real slot would cost every object a pointer.
 *
 * <p>TeaVM loads this class by name in the translating JVM (see {@code TeaVmCTranslator}). If a
 * TeaVM version no longer matches what it expects, the translation fails with that reason rather
 * than producing an image with broken locks.
 */
public final class MonitorSlotTransformer implements ClassHolderTransformer {
    private static final String OBJECT = "java.lang.Object";
    private static final FieldReference MONITOR_FIELD = new FieldReference(OBJECT, "monitor");
    private static final ValueType OBJECT_TYPE = ValueType.object(OBJECT);
    private static final MethodReference GET = new MethodReference(MonitorTable.class.getName(), "get",
            OBJECT_TYPE, OBJECT_TYPE);
    private static final MethodReference PUT = new MethodReference(MonitorTable.class.getName(), "put",
            OBJECT_TYPE, OBJECT_TYPE, ValueType.VOID);
    private static final String DELETE_MONITOR = "deleteMonitor";

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!cls.getName().equals(OBJECT)) {
            return;
        }
        if (cls.getField(MONITOR_FIELD.getFieldName()) == null) {
            throw new IllegalStateException("Kiln's monitor fix expects TeaVM's java.lang.Object to"
                    + " have a field 'monitor'; this TeaVM version differs");
        }
        int rewritten = 0;
        boolean deleteMonitorSeen = false;
        for (MethodHolder method : cls.getMethods()) {
            Program program = method.getProgram();
            if (program == null) {
                continue;
            }
            rewritten += redirectFieldAccesses(program);
            if (method.getName().equals(DELETE_MONITOR)) {
                removeEntryOnExit(program);
                deleteMonitorSeen = true;
            }
        }
        if (rewritten == 0 || !deleteMonitorSeen) {
            throw new IllegalStateException("Kiln's monitor fix found no accesses to Object.monitor or"
                    + " no Object.deleteMonitor(); this TeaVM version differs");
        }
    }

    private static int redirectFieldAccesses(Program program) {
        int rewritten = 0;
        for (BasicBlock block : program.getBasicBlocks()) {
            for (Instruction instruction = block.getFirstInstruction(); instruction != null; ) {
                Instruction next = instruction.getNext();
                if (instruction instanceof GetFieldInstruction get && get.getField().equals(MONITOR_FIELD)) {
                    redirectRead(program, get);
                    rewritten++;
                } else if (instruction instanceof PutFieldInstruction put && put.getField().equals(MONITOR_FIELD)) {
                    redirectWrite(put);
                    rewritten++;
                }
                instruction = next;
            }
        }
        return rewritten;
    }

    private static void redirectRead(Program program, GetFieldInstruction get) {
        Variable stored = program.createVariable();
        InvokeInstruction lookup = invoke(GET, get.getInstance());
        lookup.setReceiver(stored);
        lookup.setLocation(get.getLocation());
        CastInstruction cast = new CastInstruction();
        cast.setValue(stored);
        cast.setReceiver(get.getReceiver());
        cast.setTargetType(get.getFieldType());
        cast.setLocation(get.getLocation());
        get.replace(lookup);
        lookup.insertNext(cast);
    }

    private static void redirectWrite(PutFieldInstruction put) {
        InvokeInstruction store = invoke(PUT, put.getInstance(), put.getValue());
        store.setLocation(put.getLocation());
        put.replace(store);
    }

    private static void removeEntryOnExit(Program program) {
        Variable self = program.variableAt(0);
        for (BasicBlock block : program.getBasicBlocks()) {
            Instruction last = block.getLastInstruction();
            if (last instanceof ExitInstruction) {
                Variable none = program.createVariable();
                NullConstantInstruction constant = new NullConstantInstruction();
                constant.setReceiver(none);
                last.insertPrevious(constant);
                last.insertPrevious(invoke(PUT, self, none));
            }
        }
    }

    private static InvokeInstruction invoke(MethodReference method, Variable... arguments) {
        InvokeInstruction invoke = new InvokeInstruction();
        invoke.setType(InvocationType.SPECIAL);
        invoke.setMethod(method);
        invoke.setArguments(arguments);
        return invoke;
    }
}
