export { validate290 as guardResourceConditionValue };
const schema111 = {"type":"object","properties":{"type":{"$ref":"#/$defs/ConditionValueType"},"value":{"type":"string"}}};
const schema43 = {"type":"string","enum":["SCALAR","VARIABLE","USER","QUEUE","TEAM"]};

function validate290(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
let data0 = data.type;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate290.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/ConditionValueType/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((((data0 === "SCALAR") || (data0 === "VARIABLE")) || (data0 === "USER")) || (data0 === "QUEUE")) || (data0 === "TEAM"))){
validate290.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/ConditionValueType/enum",keyword:"enum",params:{allowedValues: schema43.enum}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.value !== undefined){
const _errs4 = errors;
if(typeof data.value !== "string"){
validate290.errors = [{instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
else {
validate290.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate290.errors = vErrors;
return errors === 0;
}
