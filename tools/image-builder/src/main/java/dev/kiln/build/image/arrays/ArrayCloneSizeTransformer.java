package dev.kiln.build.image.arrays;

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
import org.teavm.model.instructions.GetFieldInstruction;
import org.teavm.model.instructions.InvokeInstruction;

/**
 * Makes {@code clone()} of a primitive array copy only the array, not the heap after it.
 *
 * <p><b>The bug.</b> TeaVM 0.16.0 clones objects in {@code java.lang.Object.cloneLowLevel}: it
 * allocates the copy, then moves the source's bytes over it. For an array it computes the number
 * of bytes from the item size, and it picks the item size with {@code RuntimeClass.isPrimitive}
 * applied to the <em>array's</em> class, which is never primitive. Every array is therefore
 * measured as if its items were pointers: cloning a {@code byte[n]} copies {@code 8n + 8} bytes
 * into an object of about {@code n + 4}, and the excess lands on whatever follows the copy in the
 * heap. Usually that is free space the allocator hands out next and zeroes; but when the copy fills
 * a gap left before a live object (the collector leaves such gaps before objects it may not move),
 * the live object's header is overwritten and the next collection crashes or frees live memory.
 * Every {@code String.getBytes}, {@code CharsetEncoder} (which clones its one-byte replacement)
 * and {@code byte[].clone()} in an image is exposed. Found by the HTTP benchmark: the access log's
 * encoder corrupted the event loop object after a few hundred thousand requests.
 *
 * <p><b>The fix.</b> In that one method, the argument of the {@code isPrimitive} call becomes the
 * class's {@code itemType}, which is what the size computation means; nothing else changes. If a
 * TeaVM version no longer has exactly one such call, the translation fails with that reason rather
 * than producing an image with the old behaviour or a wrong rewrite.
 */
public final class ArrayCloneSizeTransformer implements ClassHolderTransformer {
    private static final String OBJECT = "java.lang.Object";
    private static final String CLONE_METHOD = "cloneLowLevel";
    private static final String RUNTIME_CLASS = "org.teavm.runtime.RuntimeClass";
    private static final MethodReference IS_PRIMITIVE = new MethodReference(RUNTIME_CLASS, "isPrimitive",
            ValueType.object(RUNTIME_CLASS), ValueType.BOOLEAN);
    private static final FieldReference ITEM_TYPE = new FieldReference(RUNTIME_CLASS, "itemType");

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!cls.getName().equals(OBJECT)) {
            return;
        }
        int rewritten = 0;
        for (MethodHolder method : cls.getMethods()) {
            if (method.getName().equals(CLONE_METHOD) && method.getProgram() != null) {
                rewritten += measureItemsNotArrays(method.getProgram());
            }
        }
        if (rewritten != 1) {
            throw new IllegalStateException("Kiln's array clone fix expects one call of RuntimeClass.isPrimitive"
                    + " in java.lang.Object." + CLONE_METHOD + ", found " + rewritten
                    + "; this TeaVM version differs");
        }
    }

    private static int measureItemsNotArrays(Program program) {
        int rewritten = 0;
        for (BasicBlock block : program.getBasicBlocks()) {
            for (Instruction instruction = block.getFirstInstruction(); instruction != null;
                    instruction = instruction.getNext()) {
                if (instruction instanceof InvokeInstruction invoke && invoke.getMethod().equals(IS_PRIMITIVE)) {
                    Variable itemType = program.createVariable();
                    GetFieldInstruction read = new GetFieldInstruction();
                    read.setInstance(invoke.getArguments().get(0));
                    read.setField(ITEM_TYPE);
                    read.setFieldType(ValueType.object(RUNTIME_CLASS));
                    read.setReceiver(itemType);
                    read.setLocation(invoke.getLocation());
                    invoke.insertPrevious(read);
                    invoke.setArguments(itemType);
                    rewritten++;
                }
            }
        }
        return rewritten;
    }
}
