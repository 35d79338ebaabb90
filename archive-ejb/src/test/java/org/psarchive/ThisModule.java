package org.psarchive;

import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.LocationProvider;
import java.nio.file.Path;
import java.util.Set;

/**
 * The main classes of this module only (surefire runs in the module's directory): the classes of the
 * modules it depends on are checked by their own architecture tests.
 */
final class ThisModule implements LocationProvider {

    @Override
    public Set<Location> get(Class<?> testClass) {
        return Set.of(Location.of(Path.of("target", "classes")));
    }
}
