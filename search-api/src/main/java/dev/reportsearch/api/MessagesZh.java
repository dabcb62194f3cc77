package dev.reportsearch.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.reportsearch.core.resource.ResourceFile;

/**
 * The Chinese wording of errors ({@code messages-zh.tsv}): one sentence per error code and per reason a
 * parameter is refused, with {@code {param}} standing for the parameter's Chinese name.
 */
final class MessagesZh {
    static final String RESOURCE = "messages-zh.tsv";
    private static final MessagesZh STANDARD = new MessagesZh(ResourceFile.texts(MessagesZh.class, RESOURCE));

    private final Map<String, String> codes = new HashMap<>();
    private final Map<String, String> reasons = new HashMap<>();
    private final Map<String, String> params = new HashMap<>();

    MessagesZh(List<String> lines) {
        for (String line : lines) {
            String[] f = line.split("\t+");
            if (f.length != 3) {
                throw new IllegalStateException(RESOURCE + ": expected 'code|reason|param<TAB>id<TAB>text' in: " + line);
            }
            Map<String, String> into = switch (f[0]) {
                case "code" -> codes;
                case "reason" -> reasons;
                case "param" -> params;
                default -> throw new IllegalStateException(RESOURCE + ": unknown kind '" + f[0] + "' in: " + line);
            };
            into.put(f[1], f[2].strip());
        }
    }

    static MessagesZh standard() {
        return STANDARD;
    }

    /** The Chinese sentence for an error: its reason's if it has one, else its code's. Never null. */
    String say(String code, String param, String reason) {
        String template = reason != null && reasons.containsKey(reason) ? reasons.get(reason)
                : codes.getOrDefault(code, codes.get("internal_error"));
        return template.replace("{param}", param == null ? "参数" : params.getOrDefault(param, "参数“" + param + "”"));
    }

    /** Every reason id listed, for the test that each one thrown is worded. */
    boolean knowsReason(String reason) {
        return reasons.containsKey(reason);
    }
}
