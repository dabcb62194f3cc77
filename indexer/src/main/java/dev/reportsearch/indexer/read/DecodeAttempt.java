package dev.reportsearch.indexer.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * The bytes decoded with one charset, every sequence it cannot read replaced by U+FFFD and counted,
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
                if (first < 0) {
                    first = in.position() - offset;
                }
                damaged++;
                if (!out.hasRemaining()) {
                    out = grow(out);
                }
                out.put('\uFFFD');
                in.position(in.position() + result.length());
            }
        }
        out.flip();
        return new DecodeAttempt(charset, out.toString(), damaged == 0 ? DecodingDamage.NONE : new DecodingDamage(damaged, first));
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
