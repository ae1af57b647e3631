import Hummingbird

/// The embedded assets: the style sheet, the script and the OpenAPI description.
enum AssetRoutes {
    static func add(to router: Router<BasicRequestContext>) {
        router.get("/assets/app.css") { _, _ in Reply.text(AppStyle.css, contentType: "text/css; charset=utf-8") }
        router.get("/assets/app.js") { _, _ in Reply.text(AppScript.js, contentType: "text/javascript; charset=utf-8") }
        router.get("/api/openapi.yaml") { _, _ in
            Reply.text(OpenAPIDocument.yaml, contentType: "application/yaml; charset=utf-8")
        }
    }
}
