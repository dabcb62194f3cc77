package dev.reportsearch.indexer.read;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the character set of a text file: a byte-order mark; else UTF-16 told by its zero bytes; else a
 * strict UTF-8 decode (valid UTF-8 with any non-ASCII byte is almost never anything else); else the
 * candidate among UTF-8, GB18030, Big5, the declared charset and ICU's best guess whose decoding yields
 * the most common Chinese characters. A candidate may have a little damage (a stray bad byte in an
 * otherwise sound file): the damaged sequences become U+FFFD, are counted against it, and are reported
 * in {@link DecodedText#damage()}. When every candidate is badly damaged, the reason names each one
 * and the byte offset where it first failed.
 *
 * <p>Thread-safe and immutable.
 */
public final class EncodingDetector {
    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset BIG5 = Charset.isSupported("x-windows-950") ? Charset.forName("x-windows-950") : Charset.forName("Big5");
    /** What one replaced sequence costs a candidate's score: about ten common characters. */
    private static final double DAMAGE_PENALTY = 20;
    /**
     * Damaged sequences tolerated per this many bytes, and at least {@link #MIN_TOLERATED_DAMAGE} per file
     * (one bad byte in a double-byte charset often costs two sequences: itself and the orphaned byte after
     * it); more is the wrong charset or a broken file.
     */
    private static final int BYTES_PER_TOLERATED_DAMAGE = 500;
    private static final int MIN_TOLERATED_DAMAGE = 3;

    /** Sampled bytes per stray NUL byte a text file may have (at least one): more is a binary format. */
    private static final int NUL_BYTES_PER_STRAY = 1000;

    private final CommonHanzi common;
    private final Utf16Detector utf16;

    private EncodingDetector(CommonHanzi common) {
        this.common = common;
        this.utf16 = new Utf16Detector(common);
    }

    public static EncodingDetector standard() {
        return new EncodingDetector(CommonHanzi.load());
    }

    /**
     * Decodes {@code bytes}, or explains why they are not text.
     *
     * @param declared a charset the file declares (HTML meta), tried after UTF-8; may be null
     */
    public DecodedText decode(String fileName, byte[] bytes, String declared) throws UnreadableReportException {
        if (bytes.length == 0) {
            throw new UnreadableReportException(fileName, "empty file");
        }
        DecodedText bom = decodeByteOrderMark(bytes);
        if (bom != null) {
            return bom;
        }
        Optional<Charset> wide = utf16.byZeroBytes(bytes);
        if (wide.isPresent()) {
            return DecodeAttempt.of(bytes, wide.get()).decoded();
        }
        boolean binary = looksBinary(bytes);
        DecodeAttempt utf8 = binary ? null : DecodeAttempt.of(bytes, StandardCharsets.UTF_8);
        if (utf8 != null && utf8.clean()) {
            return utf8.decoded();
        }
        wide = utf16.byCommonHanzi(bytes);
        if (wide.isPresent()) {
            return DecodeAttempt.of(bytes, wide.get()).decoded();
        }
        if (binary) {
            throw new UnreadableReportException(fileName, "binary file (not text)");
        }
        Charset declaredCharset = declaredCharset(declared);
        if (declaredCharset != null) {
            DecodeAttempt attempt = DecodeAttempt.of(bytes, declaredCharset);
            if (attempt.clean() && commonShare(attempt.text()) >= 0.3) {
                return attempt.decoded();
            }
        }
        List<DecodeAttempt> attempts = new ArrayList<>();
        attempts.add(utf8);
        for (Charset candidate : candidates(bytes, declaredCharset)) {
            attempts.add(DecodeAttempt.of(bytes, candidate));
        }
        int tolerable = Math.max(MIN_TOLERATED_DAMAGE, bytes.length / BYTES_PER_TOLERATED_DAMAGE);
        DecodeAttempt best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (DecodeAttempt attempt : attempts) {
            if (attempt.damage().sequences() > tolerable) {
                continue;
            }
            double score = score(attempt.text()) - DAMAGE_PENALTY * attempt.damage().sequences();
            if (score > bestScore) {
                bestScore = score;
                best = attempt;
            }
        }
        if (best == null) {
            throw new UnreadableReportException(fileName, "undecodable text: tried "
                    + attempts.stream().map(DecodeAttempt::failure).collect(Collectors.joining(", "))
                    + "; more than " + tolerable + " bad sequence" + (tolerable == 1 ? "" : "s")
                    + " is too many to repair. Convert the file to UTF-8 and index it again");
        }
        return best.decoded();
    }

    private static DecodedText decodeByteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new DecodedText(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        if (b.length >= 4 && (b[0] & 0xFF) == 0x84 && (b[1] & 0xFF) == 0x31 && (b[2] & 0xFF) == 0x95 && (b[3] & 0xFF) == 0x33) {
            return new DecodedText(new String(b, 4, b.length - 4, GB18030), GB18030.name());
        }
        return null;
    }

    /**
     * Known binary signatures, or in the first 8 KB more than a stray NUL byte or two (binary formats are
     * full of them; a text file damaged by one is read, the NUL counted as damage), or many control bytes.
     */
    static boolean looksBinary(byte[] b) {
        if (startsWith(b, "%PDF") || startsWith(b, "PK\u0003\u0004") || startsWith(b, "\u0089PNG")
                || startsWith(b, "GIF8") || startsWith(b, "\u00FF\u00D8\u00FF") || startsWith(b, "\u00D0\u00CF\u0011\u00E0")
                || startsWith(b, "\u007FELF")) {
            return true;
        }
        int n = Math.min(b.length, 8192);
        int control = 0;
        int nuls = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                nuls++;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
                control++;
            }
        }
        return nuls > Math.max(1, n / NUL_BYTES_PER_STRAY) || control > n / 20;
    }

    private static boolean startsWith(byte[] b, String signature) {
        if (b.length < signature.length()) {
            return false;
        }
        for (int i = 0; i < signature.length(); i++) {
            if ((b[i] & 0xFF) != signature.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static Charset declaredCharset(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String name = declared.strip().toLowerCase(java.util.Locale.ROOT);
        if (name.equals("gb2312") || name.equals("gbk") || name.equals("x-gbk") || name.equals("cp936")) {
            return GB18030; // a superset: pages labelled gb2312 routinely hold GBK characters
        }
        if (name.equals("big5")) {
            return BIG5;
        }
        try {
            return Charset.forName(declared.strip());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static List<Charset> candidates(byte[] bytes, Charset declared) {
        Set<Charset> candidates = new LinkedHashSet<>();
        candidates.add(GB18030);
        candidates.add(BIG5);
        if (declared != null) {
            candidates.add(declared);
        }
        try {
            CharsetDetector detector = new CharsetDetector();
            detector.setText(bytes);
            CharsetMatch match = detector.detect();
            if (match != null && Charset.isSupported(match.getName())) {
                candidates.add(Charset.forName(match.getName()));
            }
        } catch (RuntimeException e) {
            // ICU could not guess; the Chinese candidates remain
        }
        return new ArrayList<>(candidates);
    }

    /** Common characters count for, rare ideographs, private-use and control characters against. */
    double score(String text) {
        double score = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (common.contains(cp)) {
                score += 2;
            } else if (Character.isIdeographic(cp)) {
                score -= 0.25;
            } else if (Character.getType(cp) == Character.PRIVATE_USE || Character.isISOControl(cp) && cp != '\n' && cp != '\r' && cp != '\t') {
                score -= 2;
            } else if (cp >= 0x80 && cp < 0x3000) {
                score -= 0.5; // Latin-1 letters, symbols: what CJK bytes become under a wrong single-byte charset
            }
        }
        return score;
    }

    double commonShare(String text) {
        long ideographs = text.codePoints().filter(Character::isIdeographic).count();
        if (ideographs == 0) {
            return 1;
        }
        long commons = text.codePoints().filter(common::contains).count();
        return (double) commons / ideographs;
    }
}
