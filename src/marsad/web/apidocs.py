"""The JSON API's documentation page, drawn from the app's own OpenAPI schema (no CDN)."""

from __future__ import annotations

from fastapi import APIRouter, Request

from .render import page

router = APIRouter()


@router.get("/api", include_in_schema=False)
def api_page(request: Request):
    schema = request.app.openapi()
    operations = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "description": p.get("description") or p.get("schema", {}).get("description", "")}
                      for p in op.get("parameters", [])]
            operations.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                               "tags": op.get("tags", []), "params": params})
    return page(request, "api.html", operations=operations, title=None)
