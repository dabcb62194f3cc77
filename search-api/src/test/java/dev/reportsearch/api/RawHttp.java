package dev.reportsearch.api;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Requests sent byte for byte, for what java.net.http refuses to build (q=%zz, a NUL in the path, a
 * 9 KB header, a broken request line). The answer is read until the server closes (HTTP/1.0, or
 * {@code Connection: close}); interim 1xx answers are skipped, chunks joined and gzip undone.
 */
final class RawHttp {
    private static final byte[] END_OF_HEAD = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

    private RawHttp() {
    }

    record Answer(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(body);
        }
    }

    static Answer get(String base, String target) throws IOException {
        return send(base, "GET " + target + " HTTP/1.0\r\nHost: " + URI.create(base).getHost() + "\r\n\r\n");
    }

    /** Sends the request text as it is (ISO-8859-1 bytes) and reads the answer until the server closes. */
    static Answer send(String base, String request) throws IOException {
        URI uri = URI.create(base);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return parse(all.toByteArray(), request);
        }
    }

    private static Answer parse(byte[] bytes, String request) throws IOException {
        int from = 0;
        while (true) {
            int end = indexOf(bytes, END_OF_HEAD, from);
            if (end < 0) {
                throw new IOException("no HTTP answer to " + request.lines().findFirst().orElse("") + ": "
                        + new String(bytes, StandardCharsets.ISO_8859_1));
            }
            String[] head = new String(bytes, from, end - from, StandardCharsets.ISO_8859_1).split("\r\n");
            int status = Integer.parseInt(head[0].split(" ")[1]);
            if (status >= 100 && status < 200) { // 100 Continue: the real answer follows
                from = end + END_OF_HEAD.length;
                continue;
            }
            Map<String, String> headers = new TreeMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.putIfAbsent(head[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).strip());
            }
            byte[] body = Arrays.copyOfRange(bytes, end + END_OF_HEAD.length, bytes.length);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = dechunk(body);
            }
            if ("gzip".equalsIgnoreCase(headers.get("content-encoding")) && body.length > 0) {
                body = new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes();
            }
            return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
        }
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, "\r\n".getBytes(StandardCharsets.ISO_8859_1), at);
            String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
            int n = Integer.parseInt(size, 16);
            if (n == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, n);
            at = lineEnd + 2 + n + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
