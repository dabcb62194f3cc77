package dev.reportsearch.api;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * Control characters in the query string read as spaces, for every parameter and handler alike. Text
 * pasted from a PDF carries some (form feeds, U+0007), nobody means them, and Elasticsearch reserves
 * U+0000, U+001E and U+001F in completions and fails the whole request on them (a suggestion asked
 * with one was a 500). Tab, CR and LF stay: they are spaces already. Jetty refuses raw control
 * characters, so only their percent-encoded form reaches us; Javalin reads its parameters from the
 * query string.
 */
final class ControlCharactersAsSpaces implements Filter {
    /** %00–%1F but tab, LF and CR; %7F; and U+0080–U+009F as UTF-8 (%C2%80–%C2%9F). */
    private static final Pattern CONTROL = Pattern.compile("%(?:0[0-8BCEFbcef]|1[0-9A-Fa-f]|7[Ff]|[Cc]2%[89][0-9A-Fa-f])");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && http.getQueryString() != null
                && CONTROL.matcher(http.getQueryString()).find()) {
            String spaced = spaced(http.getQueryString());
            chain.doFilter(new HttpServletRequestWrapper(http) {
                @Override
                public String getQueryString() {
                    return spaced;
                }
            }, response);
        } else {
            chain.doFilter(request, response);
        }
    }

    static String spaced(String rawQuery) {
        return CONTROL.matcher(rawQuery).replaceAll("+");
    }
}
