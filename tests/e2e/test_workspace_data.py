"""What the workspace fills in is what ``opp show --json`` reports (the same services)."""

from projdesk.storage.services import Services


def test_opp_show_json_has_people_competitors_activities_and_filled_steps(cli):
    opp_id = cli.run(
        "opp", "add", "--customer", "华东电力设计院", "--name", "调度自动化平台", "--amount", "1200000"
    ).stdout.strip()
    cli.run("step", opp_id, "A", "source_channel=行业会议", "found_on=2026-03-02", "--done")
    cli.run("step", opp_id, "E", "budget=80万", "department=信息中心")
    cli.run("contact", "add", opp_id, "--name", "王建国", "--role", "关键决策人", "--attitude", "支持")
    cli.run(
        "activity",
        "add",
        opp_id,
        "--type",
        "拜访",
        "--content",
        "初次拜访",
        "--next",
        "送资料",
        "--next-date",
        "2026-03-20",
    )
    services = Services.open(cli.db)  # the GUI's way in: the same services
    try:
        services.people.add_competitor(opp_id, "东软", price="95万", strengths="本地团队")
        customer_id = services.opportunities.summary(opp_id).customer_id
        services.people.add_contact(customer_id, "李娜", role="信息中心", attitude="中立")
    finally:
        services.close()

    detail = cli.json("opp", "show", opp_id, "--json")
    steps = {s["letter"]: s for s in detail["steps"]}
    assert steps["A"]["status"] == "done"
    assert steps["A"]["fields"]["source_channel"] == "行业会议"
    assert steps["A"]["fields"]["found_on"] == "2026-03-02"
    assert steps["E"]["status"] == "in_progress"
    assert (
        steps["E"]["fields"]["department"] == "信息中心" and float(steps["E"]["fields"]["budget"]) == 800000
    )
    assert steps["B"]["status"] == "not_started"
    assert {(c["name"], c["role"], c["attitude"]) for c in detail["contacts"]} == {
        ("王建国", "关键决策人", "支持"),
        ("李娜", "信息中心", "中立"),
    }
    [competitor] = detail["competitors"]
    assert competitor["name"] == "东软" and competitor["price"] == "950000.00"
    [activity] = detail["activities"]
    assert (activity["type"], activity["content"], activity["next_action"]) == ("拜访", "初次拜访", "送资料")
    assert detail["next_step"] == "送资料"
