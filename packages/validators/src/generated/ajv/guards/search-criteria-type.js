export { validate46 as guardSearchCriteriaType };
const schema57 = {"type":"string","enum":["EXACT","STARTS_WITH","CONTAINS","REGEX","TERM","TERMS","REQUIRED_FIELDS","MATCH_ALL","QUERY_STRING","RANGE","LESS_THAN","LESS_THAN_EQUAL_TO","GREATER_THAN","GREATER_THAN_EQUAL_TO"]};

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate46.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((((((((((((((data === "EXACT") || (data === "STARTS_WITH")) || (data === "CONTAINS")) || (data === "REGEX")) || (data === "TERM")) || (data === "TERMS")) || (data === "REQUIRED_FIELDS")) || (data === "MATCH_ALL")) || (data === "QUERY_STRING")) || (data === "RANGE")) || (data === "LESS_THAN")) || (data === "LESS_THAN_EQUAL_TO")) || (data === "GREATER_THAN")) || (data === "GREATER_THAN_EQUAL_TO"))){
validate46.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema57.enum}}];
return false;
}
validate46.errors = vErrors;
return errors === 0;
}
