"""The ASGI app: pages, the JSON API, the package's own static files, the request guard."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from allocator import __version__
from allocator.web.security import Guard
from allocator.web.service import PlanService
from allocator.web.settings import ServerSettings


def create_app(settings: ServerSettings | None = None) -> FastAPI:
    """The app; its worker processes start with it (lifespan) and stop with it.

    Its private temporary folder is removed then.
    """
    settings = settings or ServerSettings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.service.start()
        from allocator.web.pages import templates

        for name in ("start.html", "solve.html", "plan.html"):  # compiled once, up front
            templates.get_template(name)
        try:
            yield
        finally:
            app.state.service.close()

    # no Swagger or ReDoc pages: they load their scripts from a CDN; /api/openapi.json stays
    app = FastAPI(title="allocator", version=__version__, lifespan=lifespan, docs_url=None,
                  redoc_url=None, openapi_url="/api/openapi.json",
                  description="Plans ICT-coordination work for a school group. See "
                              "docs/web.md for the API.")
    app.state.service = PlanService(settings)
    app.state.settings = settings

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError) -> JSONResponse:
        # the same shape as input errors, so a tool needs one error reader
        return JSONResponse({"errors": [
            {"sheet": None, "row": None, "column": None, "value": None,
             "message": f"{'.'.join(str(p) for p in e['loc'][1:]) or 'request'}: {e['msg']}"}
            for e in error.errors()]}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def not_found(request: Request, error: StarletteHTTPException) -> Response:
        # a person who mistypes an address gets a page in the site's language; the API and
        # the static files keep their JSON answer for tools
        path = request.url.path
        if error.status_code == 404 and not path.startswith(("/api/", "/static/")):
            from allocator.web.pages import render

            return render(request, "missing.html", status=404)
        return await http_exception_handler(request, error)

    from allocator.web import api, pages

    app.include_router(api.router)
    app.include_router(pages.router)
    static = resources.files("allocator.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.add_middleware(Guard, settings=settings)
    return app
