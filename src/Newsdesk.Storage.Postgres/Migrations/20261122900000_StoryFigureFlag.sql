-- Null until StoryFigureCheck has looked (serve and migrate fill it in after migrating).
ALTER TABLE stories ADD "FiguresDisagree" boolean;
