// Starts Swagger UI on /openapi.json; a file of its own because the CSP allows no inline script.
window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui" });
