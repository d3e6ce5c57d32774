package org.kindred.application.people;

/** Runs work off the request thread, on the server's managed executor (implemented in infrastructure.jobs). */
public interface BackgroundWork {

    void submit(Runnable work);
}
