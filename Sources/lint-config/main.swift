import LintConfig
print("stub")
