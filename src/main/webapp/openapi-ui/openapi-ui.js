// A file of its own, not an inline script: the page's content security policy runs scripts of this server only.
// The application serves its OpenAPI document beside this page's folder, whatever the context root.
window.ui = SwaggerUIBundle({url: "../openapi.json", dom_id: "#swagger-ui", deepLinking: true});
