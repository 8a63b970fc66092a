#!/usr/bin/env python3
"""Writes a CSV of N cases for `cpfund batch` (a mix of phases, streams,
applicants, and one bad row in a thousand)."""
import random
import sys

n = int(sys.argv[1])
rnd = random.Random(20261128)
dates = ["2010-01-01", "2014-01-10", "2018-05-01", "2021-09-01", "2026-01-15", "2015-05-01"]
streams = ["onsite_assessment", "demonstration", "demonstration_wider_adoption",
           "demonstration_innovation", "new_technology_demonstration", "verification", "organisation_support"]
routes = ["gd_joint_venture", "gd_wfoe", "gd_processing_agreement", "hk_factory", "hk_workshop", "none"]
regions = ["prd", "guangdong_other", "hong_kong", "elsewhere"]
sectors = ["textiles", "furniture", "other", ""]
out = sys.stdout
out.write("id,date,kind,br_registered,route,factory_region,sector,stream,cost,technology_origin\n")
for i in range(n):
    if i % 1000 == 999:
        out.write(f"{i},2018-05-01,hk_business,true,gd_jv,prd,,demonstration,1\n")
        continue
    cost = f"{rnd.randint(1, 200_000_000) / 100:.2f}"
    out.write(",".join([str(i), rnd.choice(dates), "hk_business", "true", rnd.choice(routes),
                        rnd.choice(regions), rnd.choice(sectors), rnd.choice(streams), cost,
                        rnd.choice(["hong_kong", "other", ""])]) + "\n")
