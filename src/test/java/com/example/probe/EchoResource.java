package com.example.probe;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Echoes a JSON body, bound and written by the runtime's default JSON-B, and fails on request. */
@Path("echo")
public class EchoResource {

    /** The body, bound by the runtime's default JSON-B. */
    public static class Message {
        public String text;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Message echo(Message message) {
        return message;
    }

    @GET
    @Path("failure")
    @Produces(MediaType.APPLICATION_JSON)
    public String failure() {
        throw new IllegalStateException("the probe fails on purpose");
    }
}
