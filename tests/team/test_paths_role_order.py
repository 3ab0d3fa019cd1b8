"""Which modules Learn shows "For your role": the modules of the paths suited to the person's role, the role's
own paths before the ones every role shares, then every other module in catalogue order."""

from __future__ import annotations

from nps_trainer.content import load_catalogue
from nps_trainer.paths import bundled_content_dir
from nps_trainer.profiles import ROLES
from nps_trainer.team.paths import LearningPath, RoleOrder, load_paths, order_for_role, role_module_ids


def _path(path_id: str, roles: tuple[str, ...], *modules: str, quizzes: tuple[str, ...] = ()) -> LearningPath:
    items = tuple(("module", m) for m in modules) + tuple(("quiz", q) for q in quizzes)
    return LearningPath(path_id, path_id.title(), "A path.", roles, items)


PATHS = [
    _path("everyone", ("practitioner", "drug_service", "facilitator", "manager"), "overdose", "naloxone"),
    _path("practice", ("practitioner",), "basics", "overdose", "talking", quizzes=("basics",)),
    _path("joint", ("practitioner", "drug_service"), "orders", "basics"),
    _path("service", ("drug_service",), "orders", "treatment"),
]
CATALOGUE = ["basics", "talking", "overdose", "naloxone", "orders", "treatment", "trauma"]


def test_the_roles_own_path_comes_first_then_shared_ones_each_module_once() -> None:
    assert role_module_ids(PATHS, "practitioner") == ("basics", "overdose", "talking", "orders", "naloxone")
    assert role_module_ids(PATHS, "drug_service") == ("orders", "treatment", "basics", "overdose", "naloxone")
    assert role_module_ids(PATHS, "manager") == ("overdose", "naloxone")
    assert role_module_ids(PATHS, "nobody") == ()


def test_the_catalogue_splits_into_the_roles_modules_then_the_rest_in_catalogue_order() -> None:
    assert order_for_role(CATALOGUE, PATHS, "drug_service") == RoleOrder(
        ("orders", "treatment", "basics", "overdose", "naloxone"), ("talking", "trauma"))
    assert order_for_role(CATALOGUE, PATHS, "facilitator") == RoleOrder(
        ("overdose", "naloxone"), ("basics", "talking", "orders", "treatment", "trauma"))


def test_no_role_no_paths_or_missing_modules_leave_the_catalogue_as_it_is() -> None:
    assert order_for_role(CATALOGUE, PATHS, None) == RoleOrder((), tuple(CATALOGUE))
    assert order_for_role(CATALOGUE, [], "manager") == RoleOrder((), tuple(CATALOGUE))
    # a path module that is not installed (or could not be loaded) is left out, never invented
    assert order_for_role(["talking", "treatment"], PATHS, "practitioner") == RoleOrder(("talking",), ("treatment",))


def test_every_role_has_modules_for_it_in_the_bundled_content_and_the_new_modules_reach_their_roles() -> None:
    content = bundled_content_dir()
    catalogue = [m.id for m in load_catalogue(content / "modules").modules]
    paths, problems = load_paths(content)
    assert problems == []
    orders = {role: order_for_role(catalogue, paths, role) for role in ROLES}
    for role, order in orders.items():
        assert order.for_role, f"nothing for {role}"
        assert sorted(order.for_role + order.others) == sorted(catalogue)  # every module once
    assert orders["practitioner"].for_role[0] == "what-are-nps"
    assert "motivational-interviewing" in orders["practitioner"].for_role
    assert orders["drug_service"].for_role[:2] == ("what-are-nps", "probation-for-drug-services")
    assert "managing-drug-work" in orders["manager"].for_role
    assert "motivational-interviewing" in orders["facilitator"].for_role
