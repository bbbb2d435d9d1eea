"""The kinds of item a profile lists and the window passes between its
parts. A module of its own so that the window's frame can name them without
importing the profile panel, which is built after the first paint."""
FIGURE, POLICY, ARTICLE = "figure", "policy", "article"
