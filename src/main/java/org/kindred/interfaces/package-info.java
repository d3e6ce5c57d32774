/**
 * The channels people use: JSF pages ({@code web}) and the JSON API ({@code rest}), both calling the
 * application layer. {@code CurrentPerson}, the signed-in person as a {@code Caller}, is here because
 * both channels need it and neither may depend on the other.
 */
package org.kindred.interfaces;
