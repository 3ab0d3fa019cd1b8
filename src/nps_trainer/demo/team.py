"""Who is in the demo: twenty made-up people in four made-up teams, across both organisations and all four roles.

Every name and team is invented. Each person has a *persona* that shapes their year of learning: well trained,
typical, behind, refresher due (most of their modules completed over a year ago), or a new starter.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..i18n import tr
from ..identity import KeyStore

if TYPE_CHECKING:
    from ..identity import Keyring
    from ..profiles import ProfileInfo
    from .build import DemoContext

NORTH, SOUTH = "Wexbridge North", "Wexbridge South"  # probation teams
RECOVERY, GATE = "Wexbridge Recovery Partnership", "Wexbridge Through the Gate"  # drug service teams
TEAMS = (NORTH, SOUTH, RECOVERY, GATE)

WELL_TRAINED, TYPICAL, BEHIND, REFRESHER_DUE, NEW_STARTER = "well trained", "typical", "behind", "refresher due", (
    "new starter")
PERSONAS = (WELL_TRAINED, TYPICAL, BEHIND, REFRESHER_DUE, NEW_STARTER)


@dataclass(frozen=True)
class Member:
    """One person as the demo describes them, before they exist in the database."""

    name: str
    role: str  # a profiles.ROLES key
    organisation: str  # probation | drug_service
    team: str
    persona: str
    screens: float = 0.0  # share of the screenings they do (practitioners only)


# The administrator comes first: the first profile on a database is its administrator, a manager.
ROSTER: tuple[Member, ...] = (
    Member("Helen Ashworth", "manager", "probation", NORTH, TYPICAL),
    Member("Imran Qureshi", "practitioner", "probation", NORTH, WELL_TRAINED, 1.3),
    Member("Siobhan Byrne", "practitioner", "probation", NORTH, REFRESHER_DUE, 1.1),
    Member("Tomasz Nowak", "practitioner", "probation", NORTH, BEHIND, 0.9),
    Member("Bethany Clarke", "practitioner", "probation", NORTH, WELL_TRAINED, 1.2),
    Member("Kwame Mensah", "practitioner", "probation", NORTH, NEW_STARTER, 1.0),
    Member("Rhiannon Pryce", "facilitator", "probation", NORTH, WELL_TRAINED),
    Member("Gareth Llewellyn", "manager", "probation", SOUTH, TYPICAL),
    Member("Priya Chauhan", "practitioner", "probation", SOUTH, WELL_TRAINED, 1.2),
    Member("Declan Murphy", "practitioner", "probation", SOUTH, BEHIND, 0.8),
    Member("Aisha Rahman", "practitioner", "probation", SOUTH, TYPICAL, 1.1),
    Member("Callum Fraser", "practitioner", "probation", SOUTH, REFRESHER_DUE, 1.0),
    Member("Chloe Hartley", "practitioner", "probation", SOUTH, TYPICAL, 1.0),
    Member("Nadia Hussain", "manager", "drug_service", RECOVERY, TYPICAL),
    Member("Liam O'Connor", "drug_service", "drug_service", RECOVERY, WELL_TRAINED),
    Member("Grace Okafor", "drug_service", "drug_service", RECOVERY, BEHIND),
    Member("Owen Thwaite", "drug_service", "drug_service", RECOVERY, TYPICAL),
    Member("Sunita Patel", "facilitator", "drug_service", RECOVERY, WELL_TRAINED),
    Member("Jamal Ahmed", "drug_service", "drug_service", GATE, TYPICAL),
    Member("Fatima Begum", "drug_service", "drug_service", GATE, NEW_STARTER),
)


@dataclass
class DemoPerson:
    """A demo person once made: their profile, their keys (to write their screenings) and when they joined."""

    member: Member
    profile: ProfileInfo
    keyring: Keyring
    joined: date

    @property
    def id(self) -> int:
        return self.profile.id


def joined_on(member: Member, today: date, rng) -> date:
    """New starters joined a few weeks ago; everyone else has been in post for well over a year."""
    if member.persona == NEW_STARTER:
        return today - timedelta(days=rng.randint(35, 70))
    return today - timedelta(days=rng.randint(500, 1400))


def add_team(ctx: DemoContext) -> None:
    """Make every profile (the administrator first, who then makes the rest) and set its passphrase."""
    rng = ctx.rng("team")
    keys = KeyStore(ctx.services.database, ctx.services.audit, ctx.kdf)
    profiles = ctx.services.profiles
    administrator: ProfileInfo | None = None
    for member in ROSTER:
        profile = profiles.create(member.name, member.role, organisation=member.organisation, team=member.team,
                                  acting=administrator)
        administrator = administrator or profile
        keyring = keys.set_passphrase(profile.id, ctx.passphrase)
        ctx.people.append(DemoPerson(member, profile, keyring, joined_on(member, ctx.today, rng)))
    ctx.say(tr("Made %n person(s), each with a passphrase.", "", len(ctx.people)))
