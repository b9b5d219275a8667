import os
import os.path

os.environ["PROJECT"] = "pyrite"
os.environ["VERSION"] = "0.1"
os.environ["REF"] = "$PROJECT"
os.environ["with space"] = "sp"
os.environ.pop("UNSET_VAR_XYZ", None)

cases = ["$PROJECT", "${PROJECT}", "$PROJECT/$VERSION", "${PROJECT}_${VERSION}",
         "$PROJECT_$VERSION", "$UNSET_VAR_XYZ/x", "${UNSET_VAR_XYZ}", "$", "$$PROJECT",
         "a$", "${PROJECT", "${}", "${with space}", "$REF", "${REF}x", "$1abc",
         "cost: $5", "no dollars", "~/$PROJECT", "${PROJECT}}", "$PROJECT-$VERSION.tar.gz",
         "$é"]
for c in cases:
    print(repr(c).ljust(28), repr(os.path.expandvars(c)))
print(os.path.expandvars(b"/opt/$PROJECT/${VERSION}/$NOPE_XYZ"))
