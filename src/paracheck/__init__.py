"""paracheck — decision support for Indonesian paradiplomacy proposals.

>>> import paracheck
>>> proposal = paracheck.load_proposal("examples/ntb-zhejiang-2015.yaml")
>>> result = paracheck.assess(proposal)
>>> paracheck.render(result, "markdown", lang="en")
"""
