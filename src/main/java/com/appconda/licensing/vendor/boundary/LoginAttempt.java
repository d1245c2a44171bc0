package com.appconda.licensing.vendor.boundary;

/**
 * One try to authenticate with a username and password, with what the login limits need to know of the client:
 * its address, the device cookie it sent (or null), and whether the attempt counts against the address even when
 * it succeeds (a console login does; an API call, which sends the password every time, does not).
 */
public record LoginAttempt(
        String username, String password, String address, String deviceCookie, boolean everyAttemptCounts) {}
