package com.appconda.licensing.platform.boundary;

import com.appconda.licensing.platform.entity.Fields;
import com.appconda.licensing.platform.entity.PageRequest;
import jakarta.ws.rs.QueryParam;

/**
 * Paging parameters of every list: {@code page} (from 0), {@code size} (1 to 500, default 20) and
 * {@code sort} (a field name, '-' in front for descending). Taken as text so that a malformed value
 * answers 400 naming the parameter, not the 404 that JAX-RS gives for unconvertible query params.
 */
public class ListParams {

    public static final int DEFAULT_SIZE = 20;

    @QueryParam("page")
    String page;

    @QueryParam("size")
    String size;

    @QueryParam("sort")
    String sort;

    public PageRequest toPageRequest() {
        return PageRequest.of(Fields.intValue("page", page, 0), Fields.intValue("size", size, DEFAULT_SIZE), sort);
    }
}
