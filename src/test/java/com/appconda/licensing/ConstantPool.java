package com.appconda.licensing;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The parts of a class file's constant pool (JVMS 4.4) that the architecture tests read. */
record ConstantPool(Map<Integer, String> utf8, Map<Integer, int[]> refs) {

    static ConstantPool read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                DataInputStream data = new DataInputStream(in)) {
            data.readInt();
            data.readUnsignedShort();
            data.readUnsignedShort();
            int count = data.readUnsignedShort();
            ConstantPool pool = new ConstantPool(new HashMap<>(), new HashMap<>());
            for (int index = 1; index < count; index++) {
                index += pool.readEntry(index, data);
            }
            return pool;
        }
    }

    /** Reads one entry; returns 1 for the 8-byte constants that take two slots, else 0. */
    private int readEntry(int index, DataInputStream data) throws IOException {
        int tag = data.readUnsignedByte();
        switch (tag) {
            case 1 -> utf8.put(index, data.readUTF());
            case 7, 8, 16, 19, 20 -> refs.put(index, new int[] {tag, data.readUnsignedShort()});
            case 9, 10, 11, 12, 17, 18 ->
                refs.put(index, new int[] {tag, data.readUnsignedShort(), data.readUnsignedShort()});
            case 3, 4 -> data.readInt();
            case 5, 6 -> {
                data.readLong();
                return 1;
            }
            case 15 -> {
                data.readUnsignedByte();
                data.readUnsignedShort();
            }
            default -> throw new IOException("unknown constant pool tag " + tag);
        }
        return 0;
    }

    /** Every text of the pool: class names, descriptors, signatures, member names, string literals. */
    List<String> strings() {
        return List.copyOf(utf8.values());
    }

    /** The classes referred to, as internal names ({@code java/time/Instant}). */
    List<String> classes() {
        return refs.values().stream()
                .filter(ref -> ref[0] == 7)
                .map(ref -> utf8.get(ref[1]))
                .toList();
    }

    /** Every method reference as owner.name, e.g. {@code java/time/Instant.now}. */
    List<String> methodCalls() {
        return refs.values().stream()
                .filter(ref -> ref[0] == 10 || ref[0] == 11)
                .map(ref -> {
                    String owner = utf8.get(refs.get(ref[1])[1]);
                    String name = utf8.get(refs.get(ref[2])[1]);
                    return owner + "." + name;
                })
                .toList();
    }
}
