package org.kindred.infrastructure.jobs;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import org.kindred.application.people.BackgroundWork;

/** The default managed executor: the work runs with the application's context, off the request thread. */
@ApplicationScoped
public class ManagedBackgroundWork implements BackgroundWork {

    @Resource
    ManagedExecutorService executor;

    @Override
    public void submit(Runnable work) {
        executor.submit(work);
    }
}
