package org.psarchive.web.device;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.psarchive.platform.json.Jsonp;
import org.psarchive.snmp.device.AtEncoding;
import org.psarchive.snmp.device.Device;
import org.psarchive.snmp.device.DeviceInterface;
import org.psarchive.snmp.device.Endpoint;
import org.psarchive.snmp.device.InterfaceData;
import org.psarchive.snmp.device.RatePoint;
import org.psarchive.snmp.history.InterfacePeriod;
import org.psarchive.snmp.history.InterfaceState;

/** The device API's bodies, in esmond's shapes (esmond/api/api.py, tastypie's serialization). */
final class DeviceJson {

    static final String ROOT = "/esmond/v1/device/";
    /** ifSpeed is a Gauge32: speeds above it answer its maximum, as agents do (RFC 2863). */
    private static final long GAUGE32_MAX = 4_294_967_295L;

    private DeviceJson() {
    }

    static JsonObject device(Device device) {
        return deviceBuilder(device).build();
    }

    /** A device's detail also carries {@code uri}, as esmond's {@code alter_detail_data_to_serialize}. */
    static JsonObject deviceDetail(Device device) {
        return deviceBuilder(device).add("uri", deviceUri(device.name())).build();
    }

    private static JsonObjectBuilder deviceBuilder(Device device) {
        String uri = deviceUri(device.name());
        JsonArrayBuilder oidsets = Jsonp.createArrayBuilder();
        Endpoint.OIDSETS.forEach(oidsets::add);
        JsonObjectBuilder body = Jsonp.createObjectBuilder()
                .add("name", device.name())
                .add("begin_time", device.begin());
        nullable(body, "end_time", device.end());
        return body.add("active", device.active())
                .add("oidsets", oidsets)
                .add("children", Jsonp.createArrayBuilder().add(Jsonp.createObjectBuilder()
                        .add("leaf", false).add("name", "interface").add("uri", uri + "interface")))
                .add("leaf", false)
                .add("resource_uri", uri);
    }

    /** tastypie's list with esmond's rename of {@code objects} to {@code children}. */
    static JsonObject interfaces(List<DeviceInterface> interfaces) {
        JsonArrayBuilder children = Jsonp.createArrayBuilder();
        interfaces.forEach(iface -> children.add(iface(iface, false)));
        return Jsonp.createObjectBuilder()
                .add("children", children)
                .add("meta", Jsonp.createObjectBuilder().add("limit", interfaces.size()).addNull("next").add("offset", 0)
                        .addNull("previous").add("total_count", interfaces.size()))
                .build();
    }

    static JsonObject iface(DeviceInterface iface, boolean withHistory) {
        String deviceUri = deviceUri(iface.device());
        String uri = interfaceUri(iface.device(), iface.ifName());
        JsonObjectBuilder body = Jsonp.createObjectBuilder().add("ifName", iface.ifName());
        InterfacePeriod current = iface.current();
        if (current != null) {
            description(body, current);
        } else {
            body.addNull("ifIndex").addNull("ifDescr").addNull("ifAlias").addNull("ifSpeed").addNull("ifHighSpeed")
                    .addNull("begin_time").addNull("end_time");
        }
        JsonArrayBuilder children = Jsonp.createArrayBuilder();
        for (Endpoint endpoint : Endpoint.values()) {
            children.add(Jsonp.createObjectBuilder().add("leaf", true).add("name", endpoint.path())
                    .add("uri", uri + "/" + endpoint.path()));
        }
        body.add("children", children).add("device", deviceUri).add("device_uri", deviceUri).add("leaf", false)
                .add("uri", uri).add("resource_uri", uri);
        if (withHistory) {
            JsonArrayBuilder history = Jsonp.createArrayBuilder();
            for (InterfacePeriod period : iface.history()) {
                history.add(description(Jsonp.createObjectBuilder().add("ifName", period.state().ifName()), period));
            }
            body.add("history", history);
        }
        return body.build();
    }

    private static JsonObjectBuilder description(JsonObjectBuilder body, InterfacePeriod period) {
        InterfaceState state = period.state();
        long speed = state.speedBitsPerSecond();
        body.add("ifIndex", state.ifIndex()).add("ifDescr", state.ifDescr()).add("ifAlias", state.ifAlias())
                .add("ifSpeed", Math.min(speed, GAUGE32_MAX)).add("ifHighSpeed", speed / 1_000_000)
                .add("begin_time", period.begin());
        nullable(body, "end_time", period.end());
        return body;
    }

    static JsonObject data(String device, String ifName, InterfaceData data) {
        JsonArrayBuilder points = Jsonp.createArrayBuilder();
        for (RatePoint point : data.points()) {
            JsonObjectBuilder p = Jsonp.createObjectBuilder().add("ts", point.ts());
            if (point.val() == null) {
                p.addNull("val");
            } else {
                p.add("val", point.val());
            }
            if (point.mTs() != null) {
                p.add("m_ts", point.mTs());
            }
            points.add(p);
        }
        return Jsonp.createObjectBuilder()
                .add("begin_time", data.query().begin())
                .add("end_time", data.query().end())
                .add("agg", String.valueOf(data.query().agg()))
                .add("cf", data.query().cf().wireName())
                .add("data", points)
                .add("resource_uri", interfaceUri(device, ifName) + "/" + data.endpoint().path())
                .build();
    }

    private static String deviceUri(String device) {
        return ROOT + device + "/";
    }

    private static String interfaceUri(String device, String ifName) {
        return deviceUri(device) + "interface/" + AtEncoding.encode(ifName);
    }

    private static void nullable(JsonObjectBuilder body, String name, Long value) {
        if (value == null) {
            body.addNull(name);
        } else {
            body.add(name, value);
        }
    }
}
