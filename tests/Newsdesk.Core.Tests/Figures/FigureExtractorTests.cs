using Newsdesk.Core.Figures;

namespace Newsdesk.Core.Tests.Figures;

public sealed class FigureExtractorTests
{
    private static readonly FigureExtractor Extractor = new();

    [Theory]
    [InlineData("Officials said the North sent around 13,000 troops to the front.", "around 13,000 troops", FigureKind.Count, 13000, null, FigureQualifier.Approximately, "troops")]
    [InlineData("The North may send up to 15,000 soldiers.", "up to 15,000 soldiers", FigureKind.Count, 15000, null, FigureQualifier.UpTo, "troops")]
    [InlineData("It shipped more than 12 million rounds of 152 mm shells.", "more than 12 million rounds of 152 mm shells", FigureKind.Count, 12e6, null, FigureQualifier.AtLeast, "munitions")]
    [InlineData("The port received between $9.6 billion and $12.3 billion in aid.", "between $9.6 billion and $12.3 billion", FigureKind.Money, 9.6e9, 12.3e9, FigureQualifier.Range, null)]
    [InlineData("The plan involves between 25,000 and 30,000 soldiers.", "between 25,000 and 30,000 soldiers", FigureKind.Count, 25000, 30000.0, FigureQualifier.Range, "troops")]
    [InlineData("The missile flew nearly 500 km before splashing down.", "nearly 500 km", FigureKind.Measure, 500, null, FigureQualifier.Nearly, null)]
    [InlineData("The drone can fly 300 miles.", "300 miles", FigureKind.Measure, 482.8032, null, FigureQualifier.Exact, null)]
    [InlineData("Turnout fell to 41.5% this year.", "41.5%", FigureKind.Percent, 41.5, null, FigureQualifier.Exact, null)]
    [InlineData("Prices rose 3 percent in May.", "3 percent", FigureKind.Percent, 3, null, FigureQualifier.Exact, null)]
    [InlineData("The budget is 1.2 trillion won.", "1.2 trillion won", FigureKind.Money, 1.2e12, null, FigureQualifier.Exact, null)]
    [InlineData("The firm raised $5bn last year.", "$5bn", FigureKind.Money, 5e9, null, FigureQualifier.Exact, null)]
    [InlineData("Police detained six activists at the border.", "six activists", FigureKind.Count, 6, null, FigureQualifier.Exact, "activist")]
    [InlineData("The guards removed the 20 or so loudspeakers.", "20 or so loudspeakers", FigureKind.Count, 20, null, FigureQualifier.Approximately, "loudspeak")]
    [InlineData("About 5,000 military construction workers will go.", "About 5,000 military construction workers", FigureKind.Count, 5000, null, FigureQualifier.Approximately, "workers")]
    [InlineData("Some 28,500 U.S. troops are stationed there.", "Some 28,500 U.S. troops", FigureKind.Count, 28500, null, FigureQualifier.Approximately, "troops")]
    [InlineData("The drill brings together about 9,000 Finnish and Swedish soldiers.", "about 9,000 Finnish and Swedish soldiers", FigureKind.Count, 9000, null, FigureQualifier.Approximately, "troops")]
    [InlineData("The exhibition drew 25-30 delegations.", "25-30 delegations", FigureKind.Count, 25, 30.0, FigureQualifier.Range, "deleg")]
    [InlineData("The new engine makes 310 horsepower.", "310 horsepower", FigureKind.Measure, 310, null, FigureQualifier.Exact, null)]
    [InlineData("It carries a 75 kWh battery.", "75 kWh", FigureKind.Measure, 75, null, FigureQualifier.Exact, null)]
    [InlineData("The port runs at 60fps on the console.", "60fps", FigureKind.Measure, 60, null, FigureQualifier.Exact, null)]
    [InlineData("The shelling hit the village three times on Sunday.", "three times", FigureKind.Count, 3, null, FigureQualifier.Exact, "time")]
    [InlineData("The nebula lies 1,300 light-years from Earth.", "1,300 light-years", FigureKind.Measure, 1300, null, FigureQualifier.Exact, null)]
    [InlineData("The diesel delivers 450 lb-ft at low revs.", "450 lb-ft", FigureKind.Measure, 450, null, FigureQualifier.Exact, null)]
    [InlineData("The listing raised 40 billion Hong Kong dollars.", "40 billion Hong Kong dollars", FigureKind.Money, 4e10, null, FigureQualifier.Exact, null)]
    public void Extract_Quantity_IsNormalised(string text, string phrase, FigureKind kind, double value, double? high, FigureQualifier qualifier, string? thing)
    {
        var figure = Assert.Single(Extractor.Extract(text), f => f.Kind != FigureKind.Date);
        Assert.Equal(phrase, figure.Text);
        Assert.Equal(kind, figure.Kind);
        Assert.Equal(value, figure.Value, 6);
        Assert.Equal(high, figure.High);
        Assert.Equal(qualifier, figure.Qualifier);
        Assert.Equal(thing, figure.ThingKey);
        Assert.Equal(phrase, text.Substring(figure.Start, figure.Length));
    }

    [Theory]
    [InlineData("The KN-23 and the F-35 were shown.")]
    [InlineData("Resolution 2397 bans the trade.")]
    [InlineData("The meeting began at 6:38 in the morning.")]
    [InlineData("It was the 64th anniversary of the treaty.")]
    [InlineData("He left during a three-day visit.")]
    [InlineData("The 45-year-old officer was dismissed.")]
    [InlineData("One of them refused; two of the others agreed.")]
    [InlineData("The rifles fire 152 mm shells.")]
    [InlineData("Dario Menk, 29, of Harbor City was charged on Monday.")]
    [InlineData("The officer, who lives at 412 Larch Street, was not hurt.")]
    [InlineData("She won the 400 yard Individual Medley at the county meet.")]
    [InlineData("The new rocket is three times as heavy as the old one.")]
    [InlineData("In the 100 meter backstroke, he finished second.")]
    [InlineData("A neighbour called 911 after hearing the shots.")]
    [InlineData("For tickets ring +44 (0)20 7946 0958 today.")]
    [InlineData("Readers can reach the desk at (555) 201-3344 for details.")]
    [InlineData("The claim was disputed [3] by the agency.")]
    [InlineData("The console streams games in 4K.")]
    [InlineData("He signed until the end of the 2027/28 season.")]
    [InlineData("The Tigers earned a 5-2 win over the Bears.")]
    [InlineData("At 6-9, the Tigers are out of contention.")]
    [InlineData("Seoul beat Tokyo 3-1 on Sunday.")]
    [InlineData("The 52 year old driver was arrested.")]
    public void Extract_NumbersThatAreNotQuantities_AreSkipped(string text) =>
        Assert.DoesNotContain(Extractor.Extract(text), f => f.Kind != FigureKind.Date);

    [Fact]
    public void Extract_ACurrencyWordAfterAComma_IsNotTheNumbersUnit() =>
        Assert.All(Extractor.Extract("She turned professional in 2011, won her first title in 2013 and retired in 2020."), f => Assert.Equal(FigureKind.Date, f.Kind));

    [Fact]
    public void Extract_ASpanOfDaysBeforeAMonth_IsADateRange()
    {
        var figure = Assert.Single(Extractor.Extract("The festival runs 12-15 March in Busan."));
        Assert.Equal((FigureKind.Date, 312.0, 315.0, "12-15 March"), (figure.Kind, figure.Value, figure.High, figure.Text));
    }

    [Theory]
    [InlineData("Roughly two-thirds of the members voted for the plan.", "two-thirds", 66.67)]
    [InlineData("One-quarter of the budget goes to the navy.", "One-quarter", 25)]
    [InlineData("The party needs three-fifths of the seats.", "three-fifths", 60)]
    public void Extract_Fractions_ArePercentages(string text, string phrase, double value)
    {
        var figure = Assert.Single(Extractor.Extract(text));
        Assert.Equal((FigureKind.Percent, phrase, value), (figure.Kind, figure.Text, figure.Value));
    }

    [Theory]
    [InlineData("The armistice was signed on July 27, 1953, at Panmunjom.", "July 27, 1953", 19530727)]
    [InlineData("Talks resume on 12 July in Geneva.", "12 July", 712)]
    [InlineData("The unit was formed in 1978.", "1978", 19780000)]
    [InlineData("The tour opens March 3rd in Denver.", "March 3rd", 303)]
    [InlineData("Polls close on November 5th, 2027, at eight.", "November 5th, 2027", 20271105)]
    public void Extract_Dates_AreDates(string text, string phrase, double value)
    {
        var figure = Assert.Single(Extractor.Extract(text));
        Assert.Equal(FigureKind.Date, figure.Kind);
        Assert.Equal(phrase, figure.Text);
        Assert.Equal(value, figure.Value);
    }

    [Theory]
    [InlineData("The North sent 11,000 troops, according to Seoul's spy agency.", "Seoul's spy agency")]
    [InlineData("Around 13,000 troops have gone, the Defense Intelligence Agency said on Sunday.", "the Defense Intelligence Agency")]
    [InlineData("Western officials believe Pyongyang has sent 11,000 troops.", "Western officials")]
    [InlineData("The North sent 11,000 troops last year.", null)]
    [InlineData("North Korea has sent an estimated 11,000 soldiers to Russia, Western officials said Wednesday.", "Western officials")]
    [InlineData("The North fired a reported 20 shells.", null)]
    [InlineData("The Defense Intelligence Command told lawmakers that 24,000 containers had left.", "the Defense Intelligence Command")]
    [InlineData("The Harbor Times reported that 24,000 containers had left.", "The Harbor Times")]
    public void Extract_Source_IsTheAttribution(string text, string? source) =>
        Assert.Equal(source, Extractor.Extract(text).Single().Source);

    [Theory]
    [InlineData("Pyongyang may send between 25,000 and 30,000 troops.", true)]
    [InlineData("The North is preparing to deploy 30,000 soldiers.", true)]
    [InlineData("The North deployed 11,000 soldiers last year.", false)]
    public void Extract_Expectation_IsMarked(string text, bool expected) =>
        Assert.Equal(expected, Extractor.Extract(text).Single().Expected);

    [Fact]
    public void Extract_TextsMadeOfFigurePieces_NeverThrowAndSpanTheirText()
    {
        // Pieces at the edges of the newer rules: ordinal days, fractions, hyphenated units, race distances, years.
        string[] pieces =
        [
            "June", " 9th", " 2027", ", ", "two", "-", "thirds", " light", "years", " lb", "ft", " 200", " yard", " medley", " 19,000",
            " South Korean", " and", " American troops", ".", " ", "\n", "$", "1.5", " billion", " per", " cent", "3rd", " March", "",
        ];
        var random = new Random(20261123);
        for (var n = 0; n < 3000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.All(Extractor.Extract(text), f => Assert.Equal(f.Text, text.Substring(f.Start, f.Length)));
        }
    }
}
