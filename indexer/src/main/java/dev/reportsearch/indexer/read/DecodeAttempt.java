package dev.reportsearch.indexer.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * The bytes decoded with one charset, every run of bytes it cannot read replaced by one U+FFFD and counted,
 * so that the detector can weigh a nearly clean decoding against the others and say where one failed.
 */
record DecodeAttempt(Charset charset, String text, DecodingDamage damage) {
    static DecodeAttempt of(byte[] bytes, Charset charset) {
        return of(bytes, 0, bytes.length, charset);
    }

    static DecodeAttempt of(byte[] bytes, int offset, int length, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        CharBuffer out = CharBuffer.allocate(length + 16);
        int damaged = 0;
        long first = -1;
        int runEnd = -1;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                result = decoder.flush(out);
                if (result.isUnderflow()) {
                    break;
                }
            }
            if (result.isOverflow()) {
                out = grow(out);
            } else if (result.isError()) {
                if (in.position() != runEnd) { // a new damaged run; bytes right after a bad one belong to it
                    if (first < 0) {
                        first = in.position() - offset;
                    }
                    damaged++;
                    if (!out.hasRemaining()) {
                        out = grow(out);
                    }
                    out.put('\uFFFD');
                }
                in.position(in.position() + result.length());
                runEnd = in.position();
            }
        }
        out.flip();
        String text = out.toString();
        if (nulIsOneByte(charset)) { // a NUL byte is never text: a stray one in a text file is damage too
            int nuls = 0;
            long firstNul = -1;
            for (int i = offset; i < offset + length; i++) {
                if (bytes[i] == 0 && nuls++ == 0) {
                    firstNul = i - offset;
                }
            }
            if (nuls > 0) {
                text = text.replace('\u0000', '\uFFFD');
                damaged += nuls;
                first = first < 0 ? firstNul : Math.min(first, firstNul);
            }
        }
        return new DecodeAttempt(charset, text, damaged == 0 ? DecodingDamage.NONE : new DecodingDamage(damaged, first));
    }

    /** True for the ASCII-compatible charsets, where a zero byte is U+0000 (not for UTF-16, where zero bytes are normal). */
    private static boolean nulIsOneByte(Charset charset) {
        return charset.canEncode() && Arrays.equals("\u0000".getBytes(charset), new byte[] {0});
    }

    boolean clean() {
        return !damage.any();
    }

    DecodedText decoded() {
        return new DecodedText(text, charset.name(), damage);
    }

    /** "GB18030 (first bad byte at 1234, 57 bad sequences)", for the reason a file could not be read. */
    String failure() {
        return charset.name() + " (first bad byte at offset " + damage.firstOffset() + ", "
                + damage.sequences() + " bad sequence" + (damage.sequences() == 1 ? "" : "s") + ")";
    }

    private static CharBuffer grow(CharBuffer out) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
        out.flip();
        bigger.put(out);
        return bigger;
    }
}
