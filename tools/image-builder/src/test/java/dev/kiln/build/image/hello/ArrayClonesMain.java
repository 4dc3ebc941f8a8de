package dev.kiln.build.image.hello;

import java.util.Arrays;

/**
 * Clones arrays in a native image: every primitive type and object arrays at many lengths must
 * copy exactly, and a clone that fills a gap the collector left before a live object must leave
 * that object intact. Without Kiln's fix of TeaVM's clone size (ArrayCloneSizeTransformer), a
 * clone of a {@code byte[4]} writes 32 bytes past its end, over the live neighbour.
 */
public final class ArrayClonesMain {
    private static final int DEPTH = 200;
    private static final int GAP_BYTES = 4;
    private static final int LIVE_INTS = 6;

    /** Keeps each gap filler allocated until the next one replaces it. */
    private static byte[] gapFiller;
    private static int corrupted;
    private static int clonesIntoGaps;

    private ArrayClonesMain() {}

    public static void main(String[] args) {
        System.gc();
        neighboursOfClonesSurvive(0);
        System.out.println("neighbours: depth=" + DEPTH + " clones=" + clonesIntoGaps + " corrupted=" + corrupted);
        System.gc();
        System.out.println("copies: " + clonesCopyExactly());
    }

    /**
     * Each level allocates a small array that dies and then a live array this frame keeps on the
     * stack, so the collector cannot move it: after the collection at the bottom the heap is a row
     * of {@code byte[4]}-sized gaps, each before a live array. Pairs of byte[4] and its clone then
     * fill those gaps exactly, and every level checks its live array on the way back.
     */
    private static void neighboursOfClonesSurvive(int level) {
        gapFiller = new byte[GAP_BYTES];
        int[] live = new int[LIVE_INTS];
        for (int i = 0; i < LIVE_INTS; i++) {
            live[i] = level * 31 + i;
        }
        if (level + 1 < DEPTH) {
            neighboursOfClonesSurvive(level + 1);
        } else {
            gapFiller = null;
            System.gc();
            cloneIntoGaps();
        }
        if (live.length != LIVE_INTS) {
            corrupted++;
            return;
        }
        for (int i = 0; i < LIVE_INTS; i++) {
            if (live[i] != level * 31 + i) {
                corrupted++;
                return;
            }
        }
    }

    private static void cloneIntoGaps() {
        byte[] kept = null;
        for (int i = 0; i < DEPTH / 2; i++) {
            byte[] source = new byte[GAP_BYTES];
            source[0] = (byte) i;
            byte[] copy = source.clone();
            if (copy[0] == (byte) i) {
                clonesIntoGaps++;
            }
            kept = copy;
        }
        gapFiller = kept;
    }

    private static String clonesCopyExactly() {
        int checked = 0;
        int[] lengths = {0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 100, 1000, 4096};
        for (int length : lengths) {
            byte[] bytes = new byte[length];
            short[] shorts = new short[length];
            char[] chars = new char[length];
            int[] ints = new int[length];
            long[] longs = new long[length];
            float[] floats = new float[length];
            double[] doubles = new double[length];
            boolean[] booleans = new boolean[length];
            String[] strings = new String[length];
            for (int i = 0; i < length; i++) {
                bytes[i] = (byte) (i * 7 + 1);
                shorts[i] = (short) (i * 911 + 3);
                chars[i] = (char) (i * 13 + 'a');
                ints[i] = i * 100_003 + 5;
                longs[i] = i * 1_000_000_007L + 9;
                floats[i] = i * 0.5f + 1;
                doubles[i] = i * 0.25 + 2;
                booleans[i] = i % 3 == 0;
                strings[i] = "s" + i;
            }
            boolean same = Arrays.equals(bytes.clone(), bytes) && Arrays.equals(shorts.clone(), shorts)
                    && Arrays.equals(chars.clone(), chars) && Arrays.equals(ints.clone(), ints)
                    && Arrays.equals(longs.clone(), longs) && Arrays.equals(floats.clone(), floats)
                    && Arrays.equals(doubles.clone(), doubles) && Arrays.equals(booleans.clone(), booleans)
                    && Arrays.equals(strings.clone(), strings);
            byte[] changed = bytes.clone();
            if (length > 0) {
                changed[0]++;
            }
            boolean independent = length == 0 || changed[0] != bytes[0];
            if (!same || !independent) {
                return "wrong copy of length " + length;
            }
            checked++;
        }
        System.gc();
        return "ok " + checked + " lengths";
    }
}
