package org.kindred.infrastructure.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * The request an error page is rendered for: a GET without the failed request's parameters or Ajax
 * header, so that the page is not taken for a postback of the form that failed (ErrorPageRequestFilter,
 * and the authentication mechanism's forward while the database is down).
 */
final class FreshRequest extends HttpServletRequestWrapper {

    FreshRequest(HttpServletRequest request) {
        super(request);
    }

    @Override
    public String getParameter(String name) {
        return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
        return null;
    }

    @Override
    public String getMethod() {
        return "GET";
    }

    @Override
    public String getHeader(String name) {
        return "Faces-Request".equalsIgnoreCase(name) ? null : super.getHeader(name);
    }
}
