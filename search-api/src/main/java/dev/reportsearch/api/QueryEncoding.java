package dev.reportsearch.api;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Refuses a query string whose percent-encoding is malformed ({@code q=%}, {@code q=%zz}) or does not
 * decode as UTF-8: the servlet layer would silently turn such a value into "", and an empty q browses
 * everything, which is not what the person typed.
 */
final class QueryEncoding {
    private QueryEncoding() {
    }

    /** @throws ApiException a 400 naming the first parameter whose name or value is malformed */
    static void requireWellFormed(String rawQuery) {
        if (rawQuery == null || rawQuery.indexOf('%') < 0) {
            return;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            if (!wellFormed(name) || !wellFormed(value)) {
                String shown = wellFormed(name) ? decodeStrict(name) : name;
                throw ApiException.badParameter(shown, "malformed percent-encoding; write % as %25 and"
                        + " encode other characters as UTF-8 bytes (%E5%A6%87 for 妇)");
            }
        }
    }

    private static boolean wellFormed(String s) {
        return decodeStrict(s) != null;
    }

    /** The decoded text, or null when a % is not followed by two hex digits or the bytes are not UTF-8. */
    private static String decodeStrict(String s) {
        ByteBuffer bytes = ByteBuffer.allocate(s.length() * 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    return null;
                }
                String hex = s.substring(i + 1, i + 3);
                if (!HexFormat.isHexDigit(hex.charAt(0)) || !HexFormat.isHexDigit(hex.charAt(1))) {
                    return null;
                }
                bytes.put((byte) HexFormat.fromHexDigits(hex));
                i += 2;
            } else {
                int cp = c == '+' ? ' ' : s.codePointAt(i);
                bytes.put(Character.toString(cp).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp) - 1;
            }
        }
        bytes.flip();
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
