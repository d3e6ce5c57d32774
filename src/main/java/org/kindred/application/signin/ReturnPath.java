package org.kindred.application.signin;

/**
 * Where to go once signed in, whichever way (a password, a second factor, single sign-on): the page the
 * visitor was sent away from, if it is a path of ours, never another site; otherwise home.
 */
public final class ReturnPath {

    public static final String HOME = "/home.xhtml";

    private ReturnPath() {
    }

    /** The remembered target if it is a path of this application, otherwise {@link #HOME}. */
    public static String orHome(Object target) {
        if (target instanceof String path && path.startsWith("/") && !path.startsWith("//")) {
            return path;
        }
        return HOME;
    }
}
