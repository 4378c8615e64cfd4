"""The story views under the tables: the timeline, the link chart and the map, each on a SceneCanvas."""
