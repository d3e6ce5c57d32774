package org.kindred.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Whether start-up completed, and if not, the one-line reason an operator needs. */
@ApplicationScoped
public class StartupState {

    private volatile boolean ready;
    private volatile String problem = "Kindred is still starting";

    void ready() {
        ready = true;
        problem = null;
    }

    void failed(String reason) {
        ready = false;
        problem = reason;
    }

    public boolean isReady() {
        return ready;
    }

    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }
}
