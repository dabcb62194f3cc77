package dev.reportsearch.indexer.read;

import dev.reportsearch.core.resource.ResourceFile;

import com.ibm.icu.text.Transliterator;

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
        String simplified = String.join("", ResourceFile.texts(CommonHanzi.class, RESOURCE));
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
