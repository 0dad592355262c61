import { isDarkOfficeTheme } from "../../src/taskpane/components/office-theme";

describe("following Office's theme", () => {
  it("Office's Black and Dark Gray themes make the pane dark", () => {
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#262626" })).toBe(true);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#000000" })).toBe(true);
  });

  it("White and Colorful stay light, and so does a pane outside Office", () => {
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#FFFFFF" })).toBe(false);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#E6E6E6" })).toBe(false);
    expect(isDarkOfficeTheme(undefined)).toBe(false);
  });

  it("believes Office when it says so itself", () => {
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#FFFFFF", isDarkTheme: true })).toBe(true);
  });
});
