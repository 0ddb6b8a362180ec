"""SQLModel tables only. Importing this package registers every table on SQLModel.metadata."""

from models.accounts import (  # noqa: F401
    AuthSession,
    LoginAttempt,
    PartnerAccount,
    PartnerGroup,
    PartnerGroupMember,
    PasswordToken,
    ProgramSettings,
    User,
)
from models.audit import AuditLog  # noqa: F401
from models.integrations import (  # noqa: F401
    ApiIdempotencyKey,
    ApiKey,
    WebhookDelivery,
    WebhookEndpoint,
)
from models.leads import Lead, LeadEvent  # noqa: F401
from models.messaging import EmailMessage, Message  # noqa: F401
from models.recruitment import ImportRow, ImportRun, Invitation, PartnerApplication  # noqa: F401
