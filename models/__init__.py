"""SQLModel tables only. Importing this package registers every table on SQLModel.metadata."""

from models.accounts import (  # noqa: F401
    AuthSession,
    ConsentRecord,
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
from models.leads import Lead, LeadEvent, LeadStatus  # noqa: F401
from models.messaging import (  # noqa: F401
    EmailEvent,
    EmailMessage,
    EmailSuppression,
    EmailTemplate,
    Message,
    MessageRecipient,
    PopupRead,
)
from models.offers import (  # noqa: F401
    CompanyProfile,
    OfferDraft,
    Partnership,
    PartnershipChange,
    PartnershipMember,
)
from models.recruitment import ImportRow, ImportRun, Invitation, PartnerApplication  # noqa: F401
from models.routing import LeadSettings, RoutingRule, RoutingRun  # noqa: F401
