package org.psarchive.web.device;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.psarchive.platform.error.NotFoundException;
import org.psarchive.platform.json.Jsonp;
import org.psarchive.snmp.device.AtEncoding;
import org.psarchive.snmp.device.DataQuery;
import org.psarchive.snmp.device.Device;
import org.psarchive.snmp.device.DeviceInterface;
import org.psarchive.snmp.device.DeviceService;
import org.psarchive.snmp.device.Endpoint;

/**
 * esmond's SNMP device API (docs/snmp.md, "Device API"): devices, their interfaces ({@code ifName}
 * @-encoded in the path) and each interface's rates per endpoint. Reads only, anonymous as esmond's.
 */
@Path("esmond/v1/device")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeviceResource {

    @EJB
    private DeviceService devices;

    @GET
    public JsonArray list() {
        JsonArrayBuilder array = Jsonp.createArrayBuilder();
        devices.devices().forEach(device -> array.add(DeviceJson.device(device)));
        return array.build();
    }

    @GET
    @Path("{device}")
    public JsonObject device(@PathParam("device") String name) {
        return DeviceJson.deviceDetail(devices.device(name));
    }

    @GET
    @Path("{device}/interface")
    public JsonObject interfaces(@PathParam("device") String name) {
        return DeviceJson.interfaces(devices.interfaces(name));
    }

    @GET
    @Path("{device}/interface/{ifName}")
    public JsonObject iface(@PathParam("device") String name, @PathParam("ifName") String ifName) {
        DeviceInterface iface = devices.iface(name, AtEncoding.decode(ifName));
        return DeviceJson.iface(iface, true);
    }

    @GET
    @Path("{device}/interface/{ifName}/{endpoint: .+}")
    public JsonObject data(@PathParam("device") String name, @PathParam("ifName") String encodedIfName,
            @PathParam("endpoint") String path, @QueryParam("begin") String begin, @QueryParam("end") String end,
            @QueryParam("agg") String agg, @QueryParam("cf") String cf) {
        String ifName = AtEncoding.decode(encodedIfName);
        Endpoint endpoint = Endpoint.fromPath(path).orElseThrow(() -> new NotFoundException("No data set '" + path
                + "': one of in, out, error/in, error/out, discard/in, discard/out."));
        return DeviceJson.data(name, ifName, devices.data(name, ifName, endpoint, new DataQuery.Parameters(begin, end, agg, cf)));
    }
}
