package dev.kiln.tools.report.size;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classes a class file names in its constant pool (JVMS §4.4): class entries and the types
 * inside descriptors and signatures, as binary names. Enough to see which implementation classes
 * a Dagger module binds.
 */
public final class ClassReferences {
  private static final Pattern DESCRIPTOR_TYPE = Pattern.compile("L([\\w/$]+)[;<]");

  private ClassReferences() {}

  public static Set<String> of(byte[] classFile) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort();
    in.readUnsignedShort();
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    int[] classNameIndex = new int[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 7 -> classNameIndex[i] = in.readUnsignedShort();
        case 8, 16, 19, 20 -> in.readUnsignedShort();
        case 15 -> {
          in.readUnsignedByte();
          in.readUnsignedShort();
        }
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
        case 5, 6 -> {
          in.readLong();
          i++;
        }
        default -> throw new IOException("unknown constant pool tag " + tag);
      }
    }
    Set<String> names = new TreeSet<>();
    for (int i = 1; i < count; i++) {
      if (classNameIndex[i] != 0 && utf8[classNameIndex[i]] != null
          && !utf8[classNameIndex[i]].startsWith("[")) {
        names.add(utf8[classNameIndex[i]].replace('/', '.'));
      }
      if (utf8[i] != null && utf8[i].indexOf('L') >= 0) {
        Matcher matcher = DESCRIPTOR_TYPE.matcher(utf8[i]);
        while (matcher.find()) {
          names.add(matcher.group(1).replace('/', '.'));
        }
      }
    }
    return names;
  }
}
