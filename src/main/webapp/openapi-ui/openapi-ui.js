// A file of its own, not an inline script: the page's content security policy runs scripts of this server only.
// MicroProfile OpenAPI publishes the document at the server root, whatever the context root.
window.ui = SwaggerUIBundle({url: "/openapi", dom_id: "#swagger-ui", deepLinking: true});
