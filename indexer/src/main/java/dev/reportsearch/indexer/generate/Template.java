package dev.reportsearch.indexer.generate;

import java.util.ArrayList;
import java.util.List;

/** One phrase template, compiled once into literal and placeholder parts (see templates.txt). */
final class Template {
    private final Part[] parts;

    private Template(List<Part> parts) {
        this.parts = parts.toArray(new Part[0]);
    }

    void render(RenderContext ctx, StringBuilder out) {
        for (Part part : parts) {
            part.render(ctx, out);
        }
    }

    String render(RenderContext ctx) {
        StringBuilder out = new StringBuilder(64);
        render(ctx, out);
        return out.toString();
    }

    interface Part {
        void render(RenderContext ctx, StringBuilder out);
    }

    static Template compile(String text) {
        List<Part> parts = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            if (open < 0) {
                parts.add(literal(text.substring(i)));
                break;
            }
            int close = text.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed placeholder in template: " + text);
            }
            if (open > i) {
                parts.add(literal(text.substring(i, open)));
            }
            parts.add(placeholder(text.substring(open + 1, close), text));
            i = close + 1;
        }
        return new Template(parts);
    }

    private static Part literal(String s) {
        return (ctx, out) -> out.append(s);
    }

    private static Part placeholder(String spec, String template) {
        if (spec.startsWith("@")) {
            String list = spec.substring(1);
            return (ctx, out) -> ctx.book().pick(list, ctx.random()).render(ctx, out);
        }
        int colon = spec.indexOf(':');
        if (colon > 0) {
            String kind = spec.substring(0, colon);
            String[] range = spec.substring(colon + 1).split("-");
            if (range.length != 2) {
                throw new IllegalArgumentException("bad range {" + spec + "} in template: " + template);
            }
            long lo = Long.parseLong(range[0].strip());
            long hi = Long.parseLong(range[1].strip());
            return switch (kind) {
                case "n" -> (ctx, out) -> out.append(ctx.integer(lo, hi));
                case "w" -> (ctx, out) -> ctx.decimal(lo, hi, out);
                case "p" -> (ctx, out) -> ctx.percent(lo, hi, out);
                default -> throw new IllegalArgumentException("unknown placeholder {" + spec + "} in template: " + template);
            };
        }
        return switch (spec) {
            case "county" -> (ctx, out) -> out.append(ctx.region().county());
            case "short" -> (ctx, out) -> out.append(ctx.region().shortName());
            case "city" -> (ctx, out) -> out.append(ctx.region().cityOrProvince());
            case "province" -> (ctx, out) -> out.append(ctx.region().province());
            case "org" -> (ctx, out) -> out.append(ctx.region().county()).append("妇联");
            case "all" -> (ctx, out) -> out.append(ctx.region().whole());
            case "year" -> (ctx, out) -> out.append(ctx.year());
            case "next" -> (ctx, out) -> out.append(ctx.year() + 1);
            case "prev" -> (ctx, out) -> out.append(ctx.year() - 1);
            case "cnyear" -> (ctx, out) -> out.append(ChineseYears.of(ctx.year()));
            case "cnnext" -> (ctx, out) -> out.append(ChineseYears.of(ctx.year() + 1));
            case "date" -> (ctx, out) -> out.append(ctx.date());
            case "q" -> (ctx, out) -> out.append(ctx.qualifierAfter());
            case "near" -> (ctx, out) -> out.append(ctx.qualifierBefore());
            default -> throw new IllegalArgumentException("unknown placeholder {" + spec + "} in template: " + template);
        };
    }
}
