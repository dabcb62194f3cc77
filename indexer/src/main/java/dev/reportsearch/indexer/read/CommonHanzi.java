package dev.reportsearch.indexer.read;

import com.ibm.icu.text.Transliterator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The most frequent Chinese characters in both scripts, loaded from {@code common-hanzi.txt}
 * (Simplified) and folded to Traditional with ICU. Used to tell a right decoding from a wrong one.
 */
final class CommonHanzi {
    private static final String RESOURCE = "/dev/reportsearch/indexer/read/common-hanzi.txt";

    private final Set<Integer> codePoints;

    private CommonHanzi(Set<Integer> codePoints) {
        this.codePoints = Set.copyOf(codePoints);
    }

    static CommonHanzi load() {
        StringBuilder simplified = new StringBuilder();
        try (InputStream in = CommonHanzi.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.startsWith("#")) {
                    simplified.append(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<Integer> all = new HashSet<>();
        simplified.codePoints().filter(Character::isIdeographic).forEach(all::add);
        String traditional = Transliterator.getInstance("Simplified-Traditional").transliterate(simplified.toString());
        traditional.codePoints().filter(Character::isIdeographic).forEach(all::add);
        return new CommonHanzi(all);
    }

    boolean contains(int codePoint) {
        return codePoints.contains(codePoint);
    }
}
