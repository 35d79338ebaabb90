/**
 * pScheduler runs as the {@code http} archiver sends them (perfSONAR 5.4+), turned into the two
 * request bodies pScheduler's {@code esmond} archiver would have sent for the same run: the
 * metadata POST and the bulk data PUT. The mapping is pure apart from optional host name
 * resolution ({@link org.psarchive.archive.pscheduler.AddressResolver}); storage and the HTTP
 * endpoint live elsewhere.
 *
 * <p>Behaviour follows {@code perfsonar/pscheduler}: {@code pscheduler-archiver-esmond/esmond/archive}
 * and {@code esmond_util.py} (one mapper class here per record class there), the expectations of
 * {@code pscheduler-archiver-esmond/tests/esmond_util_test.py}, {@code ip_normalize_version} of
 * {@code python-pscheduler}, and the run document built by
 * {@code pscheduler-server/daemons/archiver.raw}.
 */
package org.psarchive.archive.pscheduler;
