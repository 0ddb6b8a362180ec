class ServiceError(Exception):
    """Base for errors a page shows to the person as they are."""


class NotFound(ServiceError):
    def __init__(self, what: str = "That item was not found."):
        super().__init__(what)


class PermissionDenied(ServiceError):
    def __init__(self, what: str = "You do not have access to this."):
        super().__init__(what)


class InvalidInput(ServiceError):
    """Bad input; `fields` maps a field name to its message."""

    def __init__(self, message: str, fields: dict[str, str] | None = None):
        super().__init__(message)
        self.fields = fields or {}


class InvalidCredentials(ServiceError):
    def __init__(self):
        super().__init__("The email or password is incorrect.")


class RateLimited(ServiceError):
    pass


class InvalidToken(ServiceError):
    def __init__(self, what: str = "This link is invalid or has expired."):
        super().__init__(what)
