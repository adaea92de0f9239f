#!/usr/bin/env python3
"""Writes k8s/schemas/<group>_<version>_<Kind>.json from the operators' upstream CRDs.

Each file is the CRD version's openAPIV3Schema (the structural schema the API server validates with),
descriptions stripped, with "$comment" naming the repository, tag (or commit) and path it came from. The tests
(ObjectValidator) read these files; they add additionalProperties: false wherever the CRD does not
preserve unknown fields, so a misspelled field fails as the API server would prune it.

Usage: k8s/schemas/sync-crds.py <dir with one git clone per repository, named owner+name/repo> [owner/name ...]
   e.g. a mirror made with `git clone --mirror https://github.com/<owner>/<name> <dir>/<owner>+<name>/repo`;
   naming repositories refreshes only their schemas (the others need no clone then).
To move to another operator version, change the tag below, run this, commit, and run ./mvnw -pl k8s verify.
"""
import json
import subprocess
import sys
from pathlib import Path

import yaml

# (repository, tag or commit, path in the repository, CRD version to take)
SOURCES = [
    ("cloudnative-pg/cloudnative-pg", "v1.30.0", "config/crd/bases/postgresql.cnpg.io_clusters.yaml", "v1"),
    ("cloudnative-pg/cloudnative-pg", "v1.30.0", "config/crd/bases/postgresql.cnpg.io_scheduledbackups.yaml", "v1"),
    ("cloudnative-pg/cloudnative-pg", "v1.30.0", "config/crd/bases/postgresql.cnpg.io_poolers.yaml", "v1"),
    ("cloudnative-pg/cloudnative-pg", "v1.30.0", "config/crd/bases/postgresql.cnpg.io_databases.yaml", "v1"),
    ("cloudnative-pg/plugin-barman-cloud", "v0.14.0", "config/crd/bases/barmancloud.cnpg.io_objectstores.yaml", "v1"),
    ("kubernetes-sigs/gateway-api", "v1.6.1", "config/crd/standard/gateway.networking.k8s.io_gateways.yaml", "v1"),
    ("kubernetes-sigs/gateway-api", "v1.6.1", "config/crd/standard/gateway.networking.k8s.io_httproutes.yaml", "v1"),
    ("prometheus-operator/prometheus-operator", "v0.93.0", "example/prometheus-operator-crd-full/monitoring.coreos.com_podmonitors.yaml", "v1"),
    ("prometheus-operator/prometheus-operator", "v0.93.0", "example/prometheus-operator-crd-full/monitoring.coreos.com_servicemonitors.yaml", "v1"),
    ("prometheus-operator/prometheus-operator", "v0.93.0", "example/prometheus-operator-crd-full/monitoring.coreos.com_prometheusrules.yaml", "v1"),
    ("strimzi/strimzi-kafka-operator", "0.51.0", "packaging/install/cluster-operator/040-Crd-kafka.yaml", "v1"),
    ("strimzi/strimzi-kafka-operator", "0.51.0", "packaging/install/cluster-operator/043-Crd-kafkatopic.yaml", "v1"),
    ("strimzi/strimzi-kafka-operator", "0.51.0", "packaging/install/cluster-operator/044-Crd-kafkauser.yaml", "v1"),
    ("strimzi/strimzi-kafka-operator", "0.51.0", "packaging/install/cluster-operator/045-Crd-kafkanodepool.yaml", "v1"),
    # The Keycloak Operator's CRDs are generated at build time and published per release to
    # keycloak-k8s-resources and, by Keycloak's release bot, as the OperatorHub bundle. The newest release
    # reachable here is the bundle of 26.7.1 (keycloak-k8s-resources only up to 26.0.0, without v2beta1),
    # pinned by the commit that added it, as the catalogue has no tags. 26.7.1 serves v2beta1 (storage) and
    # v2alpha1 (deprecated) with the same schema.
    ("redhat-openshift-ecosystem/community-operators-prod", "88a7ea7ef1a51b1121cd766347f36b975ccd6654",
     "operators/keycloak-operator/26.7.1/manifests/keycloaks.k8s.keycloak.org-v1.crd.yml", "v2beta1"),
    ("redhat-openshift-ecosystem/community-operators-prod", "88a7ea7ef1a51b1121cd766347f36b975ccd6654",
     "operators/keycloak-operator/26.7.1/manifests/keycloakrealmimports.k8s.keycloak.org-v1.crd.yml", "v2beta1"),
]


def strip(node):
    """Drops the description keyword of every schema (not properties that happen to be named description)."""
    if isinstance(node, dict):
        out = {}
        for k, v in node.items():
            if k == "description" and isinstance(v, str):
                continue
            if k == "properties" and isinstance(v, dict):
                out[k] = {name: strip(schema) for name, schema in v.items()}
            else:
                out[k] = strip(v)
        return out
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node


def main(mirrors, only=()):
    out = Path(__file__).resolve().parent
    # The Kafka versions the Strimzi release runs (KafkaVersionTest checks the Kafka resource against it).
    repo, tag = "strimzi/strimzi-kafka-operator", "0.51.0"
    if not only or repo in only:
        versions = subprocess.run(["git", "-C", str(Path(mirrors) / repo.replace("/", "+") / "repo"), "show", f"{tag}:kafka-versions.yaml"],
                                  check=True, capture_output=True, text=True).stdout
        supported = [v for v in yaml.safe_load(versions) if v.get("supported")]
        (out / "strimzi-kafka-versions.json").write_text(json.dumps(
            {"$comment": f"supported entries of kafka-versions.yaml from https://github.com/{repo} {tag} (k8s/schemas/sync-crds.py)",
             "strimzi": tag, "versions": [{"version": v["version"], "metadata": v.get("metadata")} for v in supported]}, indent=1) + "\n")
    for repo, tag, path, version in SOURCES:
        if only and repo not in only:
            continue
        git = Path(mirrors) / repo.replace("/", "+") / "repo"
        text = subprocess.run(["git", "-C", str(git), "show", f"{tag}:{path}"], check=True, capture_output=True, text=True).stdout
        crd = next(d for d in yaml.safe_load_all(text) if d and d.get("kind") == "CustomResourceDefinition")
        spec = crd["spec"]
        v = next(v for v in spec["versions"] if v["name"] == version)
        schema = strip(v["schema"]["openAPIV3Schema"])
        name = f'{spec["group"]}_{version}_{spec["names"]["kind"]}.json'
        doc = {"$comment": f"openAPIV3Schema of {spec['group']}/{version} {spec['names']['kind']} from "
                           f"https://github.com/{repo} {tag} {path}, descriptions stripped (k8s/schemas/sync-crds.py)"}
        doc.update(schema)
        (out / name).write_text(json.dumps(doc, indent=1, sort_keys=False, ensure_ascii=False) + "\n")
        print(name, len(json.dumps(doc)))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror", tuple(sys.argv[2:]))
