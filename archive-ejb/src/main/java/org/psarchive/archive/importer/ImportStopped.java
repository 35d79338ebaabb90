package org.psarchive.archive.importer;

/** The job left the running state (cancelled) while a run was at it: the run stops after its batch. */
final class ImportStopped extends Exception {

    private static final long serialVersionUID = 1L;
}
